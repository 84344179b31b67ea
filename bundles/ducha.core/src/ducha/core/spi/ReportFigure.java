package ducha.core.spi;

import java.util.Objects;

/**
 * One figure of the annual report.
 *
 * @param key   stable key of REPORT-METRICS.md, e.g. {@code cases.bulletins}
 * @param value the count computed from stored records
 * @param label Chinese label shown to users
 */
public record ReportFigure(String key, long value, String label) {

	public ReportFigure {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(label, "label");
	}
}
