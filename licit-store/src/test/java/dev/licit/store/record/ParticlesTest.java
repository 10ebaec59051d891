package dev.licit.store.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 18, point 6: no "CN(으)로" or "3A090.a은(는)" in Korean text. */
class ParticlesTest {
    @Test
    void theParticleFollowsHowTheWordBeforeItEnds() {
        assertThat(Particles.resolve("3A090.a은(는) 대상")).isEqualTo("3A090.a는 대상"); // 에이
        assertThat(Particles.resolve("3A090.a.1은(는)")).isEqualTo("3A090.a.1은"); // 일
        assertThat(Particles.resolve("CN(으)로 수출")).isEqualTo("CN으로 수출"); // 엔
        assertThat(Particles.resolve("AE(으)로 수출")).isEqualTo("AE로 수출"); // 이
        assertThat(Particles.resolve("NL(으)로")).isEqualTo("NL로"); // 엘: ㄹ takes 로
        assertThat(Particles.resolve("서울(으)로")).isEqualTo("서울로");
        assertThat(Particles.resolve("부산(으)로")).isEqualTo("부산으로");
        assertThat(Particles.resolve("중국이(가) 목적국")).isEqualTo("중국이 목적국");
        assertThat(Particles.resolve("베트남을(를)")).isEqualTo("베트남을");
        assertThat(Particles.resolve("마카오을(를)")).isEqualTo("마카오를");
        assertThat(Particles.resolve("NAC과(와)")).isEqualTo("NAC와"); // 씨
        assertThat(Particles.resolve("'3A090'은(는)")).isEqualTo("'3A090'은"); // 영, past the quote
    }

    @Test
    void aFilledRuleTextHasNoParticlePairsLeft() {
        com.fasterxml.jackson.databind.node.ObjectNode params =
                new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        params.put("eccn", "3A090.b");
        params.put("dest", "CN");
        String text = RecordLanguage.KO.fill("nac-740.8", params);
        assertThat(text).startsWith("3A090.b는 NAC").doesNotContain("은(는)");
    }
}
