package dev.licit.core.decide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.core.io.CatalogReader;
import dev.licit.core.io.OrderReader;
import dev.licit.core.io.RulebookLoader;
import dev.licit.core.rulebook.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The shipped April 2025 is-informed pack: a letter binds its addressee (a license for its own
 * chips), raises a red flag for any other exporter of the same chips, asks an order that names no
 * exporter, and reaches only its vendor's chips by whole model names.
 */
class IsInformedLettersTest {
    private static final OrderReader READER =
            new OrderReader(RulebookLoader.loadDefault().countries(), CatalogReader.loadDefault());

    private static String chip(String vendor, String model, double dram, double interconnect) {
        return "{\"vendor\":\"" + vendor + "\",\"model\":\"" + model + "\",\"datacenter\":true,"
                + "\"dense\":{\"fp8\":296.0},\"dieAreaMm2\":814.0,\"interconnectGBs\":" + interconnect
                + ",\"memoryBandwidthGBs\":" + dram + "}";
    }

    private static final String H20 = chip("NVIDIA", "H20 (HGX, SXM)", 4000, 900);

    private static Decision decide(String date, String dest, String exporter, String chip) {
        String json = "{\"id\":\"L\",\"date\":\"" + date + "\",\"exportFrom\":\"US\",\"destination\":\"" + dest + "\","
                + (exporter == null ? "" : "\"exporter\":{\"name\":\"" + exporter + "\"},")
                + "\"parties\":[{\"role\":\"END_USER\",\"name\":\"Some Cloud Co.\",\"country\":\"" + dest
                + "\",\"headquarters\":\"" + dest + "\"}],"
                + "\"items\":[{\"chip\":" + chip + "}]}";
        return DecisionRulesTest.decide(READER.read("l.json", json, true));
    }

    private static boolean redFlag(Decision d) {
        return d.items().get(0).reasons().stream().anyMatch(r -> "overlay.redFlag".equals(r.textKey()));
    }

    @Test
    void theAddresseeNeedsALicenseFromTheNinthOfApril() {
        assertThat(decide("2025-04-08", "CN", "NVIDIA Corporation", H20).verdict())
                .isEqualTo(Verdict.NLR);
        Decision on = decide("2025-04-09", "CN", "NVIDIA Corporation", H20);
        assertThat(on.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(on.overlays()).containsExactly("april-2025-is-informed");
        assertThat(redFlag(on)).isFalse();
    }

    @Test
    void theAddresseeIsMatchedWhateverTheLegalFormOrCase() {
        for (String name :
                new String[] {"Nvidia Corp.", "NVIDIA CORPORATION", "nvidia", "NVIDIA Singapore Pte. Ltd."}) {
            assertThat(decide("2025-06-01", "CN", name, H20).verdict()).as(name).isEqualTo(Verdict.LICENSE_REQUIRED);
        }
        assertThat(Binding.words("NVIDIA Corporation")).isEqualTo(Binding.words("Nvidia Corp."));
        assertThat(Binding.words("Nvidiax Inc.")).isNotEqualTo(Binding.words("NVIDIA Corporation"));
    }

    @Test
    void anyOtherExporterGetsARedFlagNotALicenseRequirement() {
        Decision d = decide("2025-06-01", "CN", "Example Distribution Ltd.", H20);
        assertThat(d.verdict()).isEqualTo(Verdict.NLR);
        assertThat(redFlag(d)).isTrue();
        Decision nvidiax = decide("2025-06-01", "CN", "Nvidiax Inc.", H20);
        assertThat(nvidiax.verdict()).isEqualTo(Verdict.NLR);
        assertThat(redFlag(nvidiax)).isTrue();
        // outside the letter's destinations: neither
        Decision de = decide("2025-06-01", "DE", "Example Distribution Ltd.", H20);
        assertThat(de.verdict()).isEqualTo(Verdict.NLR);
        assertThat(redFlag(de)).isFalse();
    }

    @Test
    void anOrderThatNamesNoExporterIsAskedForIt() {
        Decision d = decide("2025-06-01", "CN", null, H20);
        assertThat(d.verdict()).isEqualTo(Verdict.HOLD);
        assertThat(d.missing()).contains("exporter.name");
        assertThat(decide("2025-04-08", "CN", null, H20).verdict()).isEqualTo(Verdict.NLR);
    }

    @Test
    void modelsMatchOnWholeNamesH20IsNotH200() {
        // below the H20's bandwidths, so only the name could raise it
        String h200 = chip("NVIDIA", "H200 low-bandwidth sample", 1000, 100);
        String h20 = chip("NVIDIA", "H20 low-bandwidth sample", 1000, 100);
        assertThat(decide("2025-06-01", "CN", "NVIDIA Corporation", h200).verdict())
                .isEqualTo(Verdict.NLR);
        assertThat(decide("2025-06-01", "CN", "NVIDIA Corporation", h20).verdict())
                .isEqualTo(Verdict.LICENSE_REQUIRED);
        String mi308 = chip("AMD", "Instinct MI308X", 1000, 100);
        String mi3080 = chip("AMD", "Instinct MI3080", 1000, 100);
        assertThat(decide("2025-06-01", "CN", "Advanced Micro Devices, Inc.", mi308)
                        .verdict())
                .isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(decide("2025-06-01", "CN", "AMD", mi308).verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(decide("2025-06-01", "CN", "AMD", mi3080).verdict()).isEqualTo(Verdict.NLR);
    }

    @Test
    void aVendorsLetterReachesThatVendorsChipsOnly() {
        // over Intel's 1,400 GB/s, under the H20's 4,000: Intel's thresholds do not reach an NVIDIA part
        String nvidia = chip("NVIDIA", "Example NVIDIA part", 2000, 100);
        assertThat(decide("2025-06-01", "CN", "NVIDIA Corporation", nvidia).verdict())
                .isEqualTo(Verdict.NLR);
        assertThat(redFlag(decide("2025-06-01", "CN", "NVIDIA Corporation", nvidia)))
                .isFalse();
        String gaudi = chip("Intel", "Gaudi 2", 2450, 600);
        assertThat(decide("2025-06-01", "CN", "Intel Corporation", gaudi).verdict())
                .isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(decide("2025-06-01", "CN", "Intel Corporation", chip("Intel", "Gaudi slow", 1300, 300))
                        .verdict())
                .isEqualTo(Verdict.NLR);
        Decision resold = decide("2025-06-01", "CN", "NVIDIA Corporation", gaudi);
        assertThat(resold.verdict()).isEqualTo(Verdict.NLR);
        assertThat(redFlag(resold)).isTrue();
    }
}
