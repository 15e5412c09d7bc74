package org.coopgraph.api.reports.render;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as the report's reader writes them: "1.234,5" in Dutch, "1,234.5" in English, rounded half
 * up, never "-0", and "–" for a value that is not defined (null), never 0. DecimalFormat is not
 * thread-safe, so each call makes its own.
 */
public final class Numbers {

    public static final String NONE = "–";
    private static final String MINUS = "−";

    private final Locale locale;

    public Numbers(String language) {
        this.locale = "nl".equals(language) ? Locale.forLanguageTag("nl-NL") : Locale.UK;
    }

    public String integer(Number value) {
        return value == null ? NONE : format(value.doubleValue(), 0, false);
    }

    public String decimal(Double value, int digits) {
        return value == null ? NONE : format(value, digits, false);
    }

    /** A share 0..1 as a percentage: 0.4567 → "45,7%". */
    public String percent(Double share, int digits) {
        return share == null ? NONE : format(share * 100, digits, false) + "%";
    }

    /** A change with its sign: "+3", "−0,05"; "0" without sign; "–" when either side is missing. */
    public String change(Number current, Number previous, int digits) {
        if (current == null || previous == null) {
            return NONE;
        }
        return format(current.doubleValue() - previous.doubleValue(), digits, true);
    }

    /** A change of a share in percentage points ("+3,1"); the unit goes in the column header. */
    public String changePoints(Double current, Double previous, int digits) {
        if (current == null || previous == null) {
            return NONE;
        }
        return format((current - previous) * 100, digits, true);
    }

    private String format(double value, int digits, boolean signed) {
        DecimalFormat format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
                DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(RoundingMode.HALF_UP);
        String text = format.format(value);
        if (text.matches("-0([.,]0+)?")) {
            text = text.substring(1);
        }
        boolean zero = text.matches("0([.,]0+)?");
        if (text.startsWith("-")) {
            return MINUS + text.substring(1);
        }
        return signed && !zero ? "+" + text : text;
    }
}
