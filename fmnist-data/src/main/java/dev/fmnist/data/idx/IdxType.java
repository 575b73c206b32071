package dev.fmnist.data.idx;

/** The element types of the IDX format, with their type codes (the third magic byte) and widths. */
public enum IdxType {
    UNSIGNED_BYTE(0x08, 1),
    SIGNED_BYTE(0x09, 1),
    SHORT(0x0B, 2),
    INT(0x0C, 4),
    FLOAT(0x0D, 4),
    DOUBLE(0x0E, 8);

    private final int code;
    private final int width;

    IdxType(int code, int width) {
        this.code = code;
        this.width = width;
    }

    /** The type code as it stands in the third byte of the magic number. */
    public int code() {
        return code;
    }

    /** Bytes per element. */
    public int width() {
        return width;
    }

    /**
     * The type for a code.
     *
     * @throws IllegalArgumentException naming the code and the valid ones
     */
    public static IdxType fromCode(int code) {
        for (IdxType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new IllegalArgumentException(String.format(
                "unknown IDX type code 0x%02X (valid: 0x08 unsigned byte, 0x09 signed byte, 0x0B short, "
                        + "0x0C int, 0x0D float, 0x0E double)", code & 0xFF));
    }
}
