package dev.licit.core.chip;

import java.util.List;

/** A computer, board or assembly containing chips (ECCN 4A090 when a contained chip meets 3A090). */
public record SystemSpec(String model, List<Component> chips) implements ItemSpec {

    public SystemSpec {
        chips = List.copyOf(chips);
    }

    @Override
    public String kind() {
        return "system";
    }

    /** One kind of chip in the system and how many of it. */
    public record Component(ChipSpec chip, int count) {}
}
