package dev.licit.batch.io;

/** The batch jobs' name for {@link dev.licit.core.io.Csv}, the one CSV writer every module uses. */
public final class Csv {
    private Csv() {}

    public static String field(String s) {
        return dev.licit.core.io.Csv.field(s);
    }

    public static String neutralised(String s) {
        return dev.licit.core.io.Csv.neutralised(s);
    }

    public static String line(String... fields) {
        return dev.licit.core.io.Csv.line(fields);
    }
}
