package dev.fmnist.classic.grid;

/** A grid file that cannot be used; the message names the file, the line and the field, and what is allowed. */
public final class GridException extends Exception {
    public GridException(String message) {
        super(message);
    }
}
