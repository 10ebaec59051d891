package dev.licit.batch.io;

import dev.hardwood.InputFile;
import dev.hardwood.reader.ParquetFileReader;
import dev.hardwood.reader.RowReader;
import dev.hardwood.schema.ColumnSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parties from a Parquet file (one file, as Spark or any Parquet writer makes it) through Hardwood, a
 * Parquet reader without Hadoop: it streams row groups, so memory stays flat. Columns are found by name
 * like the CSV header; string or numeric id columns are both read as text.
 */
final class PartyParquetSource implements PartySource {
    private final ParquetFileReader file;
    private final RowReader rows;
    private final Columns columns;
    private long row;

    private PartyParquetSource(ParquetFileReader file, Columns columns) {
        this.file = file;
        this.rows = file.rowReader();
        this.columns = columns;
    }

    static PartyParquetSource open(Path path) throws IOException {
        ParquetFileReader reader = ParquetFileReader.open(InputFile.of(path));
        try {
            List<String> names = new ArrayList<>();
            for (ColumnSchema c : reader.getFileSchema().getColumns()) {
                names.add(c.name());
            }
            return new PartyParquetSource(reader, Columns.of(path.toString(), names));
        } catch (RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    @Override
    public PartyRecord next() {
        if (!rows.hasNext()) {
            return null;
        }
        rows.next();
        row++;
        return new PartyRecord(
                row, text(columns.id()), text(columns.name()), text(columns.country()), text(columns.address()));
    }

    private String text(int column) {
        if (column < 0 || rows.isNull(column)) {
            return "";
        }
        Object v = rows.getValue(column);
        if (v instanceof byte[] bytes) {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
        return v == null ? "" : v.toString();
    }

    @Override
    public String positionWord() {
        return "row";
    }

    @Override
    public void close() throws IOException {
        rows.close();
        file.close();
    }
}
