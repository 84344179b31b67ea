package ducha.cases.internal;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ducha.cases.SupervisionLevel;

/**
 * The texts an order's tracking record (一案一跟踪) holds for its issue, its approved extensions and its closing, in
 * one place: {@link DefaultSupervisionService} writes them and the orders ledger ({@link OrderLedger}) writes them
 * for past orders and reads back what the order itself does not keep (its first deadline, each extension, the
 * result it was closed with).
 */
final class OrderEventTexts {

	private static final Pattern ISSUED_DEADLINE = Pattern.compile("，期限 (\\d{4}-\\d{2}-\\d{2})：");
	private static final Pattern EXTENDED_TO = Pattern.compile("延期至 (\\d{4}-\\d{2}-\\d{2})：.*", Pattern.DOTALL);
	private static final String CLOSED = "办结：";

	private OrderEventTexts() {
	}

	/** What an ISSUED event says: the level, the deadline set on issue and the subject. */
	static String issued(SupervisionLevel level, LocalDate deadline, String subject) {
		return level.label() + "督办，期限 " + deadline + "：" + subject;
	}

	/** What an EXTENDED event says: the new deadline and why. */
	static String extended(LocalDate newDeadline, String reason) {
		return "延期至 " + newDeadline + "：" + (reason == null ? "" : reason.strip());
	}

	/** What a CLOSED event says: the result. */
	static String closed(String result) {
		return CLOSED + (result == null ? "" : result.strip());
	}

	/** The deadline an ISSUED event's text names, or null. */
	static LocalDate issuedDeadline(String detail) {
		Matcher m = ISSUED_DEADLINE.matcher(detail);
		return m.find() ? LocalDate.parse(m.group(1)) : null;
	}

	/** The new deadline an EXTENDED event's text names, or null. */
	static LocalDate extendedTo(String detail) {
		Matcher m = EXTENDED_TO.matcher(detail);
		return m.matches() ? LocalDate.parse(m.group(1)) : null;
	}

	/** The result a CLOSED event's text names; empty when none. */
	static String closedResult(String detail) {
		return detail.startsWith(CLOSED) ? detail.substring(CLOSED.length()) : detail;
	}
}
