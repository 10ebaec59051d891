package dev.licit.store.decision;

import dev.licit.store.LicitStore;
import dev.licit.store.common.StoreConfig;

/**
 * The process that hosts an H2 store for {@link TwoProcessCrashTest}: opens the store first (so
 * that it serves the file to the other process, {@code AUTO_SERVER}), says {@code HOSTING}, and
 * waits to be killed. Its background writer and its checkpoints are off, so the file on disk only
 * changes when another process asks for a checkpoint. Run as {@code JournalHost JDBC_URL}.
 */
public final class JournalHost {
    private JournalHost() {}

    public static void main(String[] args) throws Exception {
        System.setProperty(GroupCommitter.CHECKPOINT_PROPERTY, Long.toString(3_600_000));
        LicitStore store = LicitStore.open(StoreConfig.url(args[0], "sa", ""));
        store.audit().head(); // hold a connection: the pool keeps the database open and served
        System.out.println("HOSTING");
        System.out.flush();
        System.in.read(); // until killed
        store.close();
    }
}
