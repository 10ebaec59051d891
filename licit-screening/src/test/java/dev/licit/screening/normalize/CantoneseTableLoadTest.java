package dev.licit.screening.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every name of one word is offered to {@link CantoneseReading}: a process that reads only Latin and
 * other non-Han names must not load its table (a cost at start for nothing), and one that reads a
 * Hong Kong name must.
 */
class CantoneseTableLoadTest {
    @Test
    void onlyAHanNameLoadsTheTable(@TempDir Path dir) throws Exception {
        assertThat(NewJvm.run(dir, Read.class, "Acme", "Huawei", "SMIC", "화웨이", "Зайцев", "حسين"))
                .contains("table read: false");
        assertThat(NewJvm.run(dir, Read.class, "Acme", "鄧炳強")).contains("table read: true");
    }

    /** Reads each argument as a name, then says whether the Cantonese table was read. */
    static final class Read {
        public static void main(String[] args) {
            for (String name : args) {
                List<NormalizedName> readings = Normalizer.readings(name);
                System.out.println(name + ": " + readings.size() + " reading(s)");
            }
            System.out.println("table read: " + CantoneseReading.tableRead());
        }
    }
}
