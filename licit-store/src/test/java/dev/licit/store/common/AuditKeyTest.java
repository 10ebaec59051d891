package dev.licit.store.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The key's HMAC is initialised once and cloned per text: every text must get the HMAC a Mac made
 * for it alone gives, whatever was hashed before it and on whichever thread.
 */
class AuditKeyTest {
    private static final String HEX = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    private static String fresh(String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(HexFormat.of().parseHex(HEX), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void eachTextGetsItsOwnHmacInSequenceAndAcrossThreads() throws Exception {
        AuditKey key = AuditKey.ofHex(HEX);
        List<String> texts = IntStream.range(0, 200)
                .mapToObj(i -> "0".repeat(64) + "\n" + i + "\nalice\ndecision\nD-" + i + "\n{\"n\":\"华为 " + i + "\"}")
                .toList();
        for (String t : texts) {
            assertThat(key.mac(t)).isEqualTo(fresh(t));
        }
        // RFC 4231, test case 1: twenty bytes of 0x0b over "Hi There"
        assertThat(AuditKey.ofHex("0b".repeat(20)).mac("Hi There"))
                .isEqualTo("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> jobs = texts.stream()
                    .<Callable<Boolean>>map(t -> () -> key.mac(t).equals(fresh(t)))
                    .toList();
            for (Future<Boolean> f : pool.invokeAll(jobs)) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aShortOrMalformedKeyIsRefused() {
        assertThatThrownBy(() -> AuditKey.ofHex("0011")).isInstanceOf(StoreInputException.class);
        assertThatThrownBy(() -> AuditKey.ofHex("zz")).isInstanceOf(StoreInputException.class);
    }
}
