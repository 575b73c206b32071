package dev.fmnist.data.format;

import java.io.IOException;

/** A CSV file that does not follow the layout it should; the message names the file, line, column and problem. */
public class CsvFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public CsvFormatException(String message) {
        super(message);
    }
}
