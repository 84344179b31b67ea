package ducha.core.internal.ledger;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Number cells of a streamed sheet as users read them, whatever the cell's display format: dates as
 * {@code yyyy-MM-dd} (which every ledger accepts), whole numbers without ".0" (工号 00123 typed as a number still
 * reads 123, not 123.0).
 */
final class XlsxCellText extends DataFormatter {

	@Override
	public String formatRawCellContents(double value, int formatIndex, String formatString) {
		if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
			return DateUtil.getLocalDateTime(value).toLocalDate().toString();
		}
		return number(value);
	}

	static String number(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}
}
