package dev.licit.spark;

import java.io.Serializable;

/** One link in force, its names keyed once on the executor that read its line. */
record KeyedLink(String ownerKey, String ownerName, String ownedKey, String ownedName, long units)
        implements Serializable {}
