package ducha.study.internal.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.eclipse.osgi.util.NLS;

import ducha.core.ValidationException;
import ducha.core.directory.DepartmentNames;
import ducha.study.internal.reviews.Messages;

/** The arguments the review commands share: a month and a department, as typed. */
final class ReviewOptions {

	private ReviewOptions() {
	}

	/** {@code --month YYYY-MM}. */
	static YearMonth month(String text) {
		try {
			return YearMonth.parse(text.strip());
		} catch (DateTimeParseException e) {
			throw new ValidationException(NLS.bind(Messages.cliBadMonth, text));
		}
	}

	/** {@code --department NAME|CODE}, as its code. */
	static String department(DepartmentNames names, String text) {
		String code = names.code(text);
		if (code == null) {
			throw new ValidationException(NLS.bind(Messages.cliUnknownDepartment, text));
		}
		return code;
	}
}
