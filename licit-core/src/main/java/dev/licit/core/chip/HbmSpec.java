package dev.licit.core.chip;

/** A high-bandwidth-memory stack or package (ECCN 3A090.c from 2024-12-02). */
public record HbmSpec(String model, Double memoryBandwidthGBs, Double packageAreaMm2) implements ItemSpec {
    @Override
    public String kind() {
        return "hbm";
    }
}
