package dev.licit.batch.io;

/**
 * One party of a batch file as read, before any check: the screening step decides what is acceptable.
 *
 * @param position where the row stands, for messages: the physical line in a CSV file, the row number
 *     (from 1) in a Parquet file
 * @param country as written (blank or an ISO 3166-1 alpha-2 code when valid)
 * @param address free text, empty when the file has no address column
 */
public record PartyRecord(long position, String id, String name, String country, String address) {
    public PartyRecord {
        id = id == null ? "" : id;
        name = name == null ? "" : name;
        country = country == null ? "" : country;
        address = address == null ? "" : address;
    }
}
