package org.coproduce.plugins.payments.money;

/**
 * One cell of a CSV file that is safe to open in a spreadsheet: quoted, quotes doubled, and text that a
 * spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) prefixed with an
 * apostrophe. Amounts are written by the caller as plain decimals and are not passed through here.
 */
public final class CsvCell {

    private CsvCell() {
    }

    public static String text(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
