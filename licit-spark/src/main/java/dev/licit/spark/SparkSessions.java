package dev.licit.spark;

import org.apache.spark.sql.SparkSession;

/** Builds the Spark session of a licit job: {@code local[*]} unless a master is given, quiet, no web UI. */
final class SparkSessions {
    private SparkSessions() {}

    /** @param master a Spark master URL ({@code local[2]}, {@code spark://host:7077}, {@code yarn}), or null for {@code local[*]} */
    public static SparkSession create(String master, String appName) {
        String m = master == null || master.isBlank() ? "local[*]" : master;
        SparkSession.Builder b = SparkSession.builder()
                .appName(appName)
                .master(m)
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.shuffle.partitions", "8");
        if (m.startsWith("local")) {
            // a local run talks to itself only
            b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        }
        return b.getOrCreate();
    }
}
