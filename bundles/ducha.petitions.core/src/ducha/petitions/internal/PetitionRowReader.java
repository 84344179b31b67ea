package ducha.petitions.internal;

import static ducha.petitions.internal.PetitionColumns.CATEGORY;
import static ducha.petitions.internal.PetitionColumns.CHANNEL;
import static ducha.petitions.internal.PetitionColumns.CLOSED;
import static ducha.petitions.internal.PetitionColumns.CONCLUDED;
import static ducha.petitions.internal.PetitionColumns.CONCLUSION;
import static ducha.petitions.internal.PetitionColumns.CONCLUSION_TEXT;
import static ducha.petitions.internal.PetitionColumns.DEADLINE;
import static ducha.petitions.internal.PetitionColumns.DISPOSED;
import static ducha.petitions.internal.PetitionColumns.DISPOSITION;
import static ducha.petitions.internal.PetitionColumns.DISPOSITION_TEXT;
import static ducha.petitions.internal.PetitionColumns.NUMBER;
import static ducha.petitions.internal.PetitionColumns.RECEIVED;
import static ducha.petitions.internal.PetitionColumns.REFERRING_BODY;
import static ducha.petitions.internal.PetitionColumns.REPORTER;
import static ducha.petitions.internal.PetitionColumns.REPORTER_CONTACT;
import static ducha.petitions.internal.PetitionColumns.REPORTER_NAME;
import static ducha.petitions.internal.PetitionColumns.STAFF;
import static ducha.petitions.internal.PetitionColumns.STATE;
import static ducha.petitions.internal.PetitionColumns.SUMMARY;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import ducha.core.directory.DirectoryService;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.petitions.Channel;
import ducha.petitions.Conclusion;
import ducha.petitions.Disposition;
import ducha.petitions.Petition;
import ducha.petitions.PetitionState;
import ducha.petitions.Reporter;

/**
 * Reads one row of an imported 信访举报台账 into an {@link ImportedPetition}, recording every problem of the row. The
 * workflow a past petition went through is checked as a whole: the state reached needs the steps up to it (核查结论
 * and 认定日期 from 已认定, 处置方式 and 处置日期 from 已处置, 结案日期 for 已结案), admits none after it, and their
 * dates follow each other from 收件日期 on. No problem ever quotes the reporter's name or contact: the list of
 * problems is printed and shown, and would carry it out of the seal.
 */
final class PetitionRowReader {

	private static final Pattern NUMBER_FORMAT = Pattern.compile(Petitions.PREFIX + "(\\d{4})-(\\d{3,6})");
	private static final Pattern SEPARATORS = Pattern.compile("[、,，;；\\s]+");
	private static final String CHANNELS = "来信、来访、网上举报、电话举报、上级转办";
	private static final String STATES = "已登记、已分派、核查中、已认定、已处置、已结案";
	private static final String CONCLUSIONS = "属实、部分属实、不实、诬告陷害";
	private static final String DISPOSITIONS = "移送纪检监察、谈话提醒、批评教育、责令书面检查、责令辞职、不予处理、其他";

	private final DirectoryService directory;
	private final LocalDate today;

	PetitionRowReader(DirectoryService directory, LocalDate today) {
		this.directory = directory;
		this.today = today;
	}

	/** The row as a petition to store, or null when it has problems (recorded in {@code v}). */
	ImportedPetition read(LedgerRowValidator v, LedgerRow row) {
		Channel channel = v.choice(row, CHANNEL, Channel::parse, CHANNELS);
		LocalDate received = v.date(row, RECEIVED, today);
		int serial = number(v, row, received);
		Reporter reporter = reporter(v, row);
		List<String> staff = staff(v, row);
		String category = v.text(row, CATEGORY);
		String summary = v.text(row, SUMMARY);
		String referringBody = referringBody(v, row, channel);
		LocalDate deadline = v.date(row, DEADLINE, null);
		if (deadline != null && received != null && deadline.isBefore(received)) {
			before(v, row, DEADLINE, deadline, RECEIVED, received);
		}
		PetitionState state = v.choice(row, STATE, PetitionState::parse, STATES);
		Conclusion conclusion = v.choice(row, CONCLUSION, Conclusion::parse, CONCLUSIONS);
		String conclusionText = v.text(row, CONCLUSION_TEXT);
		LocalDate concluded = v.date(row, CONCLUDED, today);
		Disposition disposition = v.choice(row, DISPOSITION, Disposition::parse, DISPOSITIONS);
		String dispositionText = v.text(row, DISPOSITION_TEXT);
		LocalDate disposed = v.date(row, DISPOSED, today);
		LocalDate closed = v.date(row, CLOSED, today);
		if (state != null) {
			steps(v, row, state);
		}
		order(v, row, List.of(new Dated(RECEIVED, received), new Dated(CONCLUDED, concluded),
				new Dated(DISPOSED, disposed), new Dated(CLOSED, closed)));
		if (v.hasProblems(row)) {
			return null;
		}
		return new ImportedPetition(row.rowNumber(), row.get(NUMBER.key()), serial, channel, received, reporter,
				staff, category, summary, referringBody, deadline, state, conclusion, conclusionText, concluded,
				disposition, dispositionText, disposed, closed, null);
	}

	/**
	 * The running number of XF2024-017 as intake writes it: XF, the year received, a hyphen and at least three
	 * digits (a number written otherwise would escape both the duplicate check and the counter). 0 when it is bad.
	 */
	private static int number(LedgerRowValidator v, LedgerRow row, LocalDate received) {
		String number = row.get(NUMBER.key());
		if (number == null) {
			return 0; // reported as missing by the ledger's key check
		}
		Matcher m = NUMBER_FORMAT.matcher(number);
		int serial = m.matches() ? Integer.parseInt(m.group(2)) : 0;
		if (serial == 0 || !number.equals(String.format("%s%s-%03d", Petitions.PREFIX, m.group(1), serial))) {
			v.problem(row, NUMBER, NLS.bind(Messages.importNumberFormat, number));
			return 0;
		}
		if (received != null && Integer.parseInt(m.group(1)) != received.getYear()) {
			v.problem(row, NUMBER, NLS.bind(Messages.importNumberYear, number, received));
		}
		return serial;
	}

	/**
	 * The identity in 举报人姓名 and 联系方式; without a name, 匿名 or (举报人 受保护) a protected reporter whose identity
	 * the file does not hold (null).
	 */
	private static Reporter reporter(LedgerRowValidator v, LedgerRow row) {
		String shown = v.text(row, REPORTER);
		String name = v.text(row, REPORTER_NAME);
		String contact = v.text(row, REPORTER_CONTACT);
		if (shown != null && !shown.equals(Petition.PROTECTED) && !shown.equals(Petition.ANONYMOUS)) {
			// the cell may hold a name written into the wrong column: never quoted
			v.problem(row, REPORTER, Messages.importReporterValue);
			return null;
		}
		if (name != null) {
			if (Petition.ANONYMOUS.equals(shown)) {
				v.problem(row, REPORTER, Messages.importNamedAnonymous);
			}
			return Reporter.named(name, contact);
		}
		if (contact != null) {
			v.problem(row, REPORTER_CONTACT, Messages.importContactWithoutName);
		}
		return Petition.PROTECTED.equals(shown) ? null : Reporter.ANONYMOUS;
	}

	/** 工号 of the staff named, each in the directory, in the order written. */
	private List<String> staff(LedgerRowValidator v, LedgerRow row) {
		String cell = v.text(row, STAFF);
		if (cell == null) {
			return List.of();
		}
		List<String> numbers = List.copyOf(new LinkedHashSet<>(List.of(SEPARATORS.split(cell.strip()))));
		for (String no : numbers) {
			if (directory.staff(no).isEmpty()) {
				v.problem(row, STAFF, NLS.bind(Messages.reportedUnknown, no));
			}
		}
		return numbers;
	}

	/** Required for a referral, as at intake; no other channel has one. */
	private static String referringBody(LedgerRowValidator v, LedgerRow row, Channel channel) {
		String body = v.text(row, REFERRING_BODY);
		if (channel == Channel.REFERRAL && body == null) {
			v.problem(row, REFERRING_BODY, NLS.bind(Messages.importStepNeeds, Channel.REFERRAL.label()));
		} else if (channel != null && channel != Channel.REFERRAL && body != null) {
			v.problem(row, REFERRING_BODY, Messages.referringBodyOnlyForReferrals);
		}
		return body;
	}

	/** Each step's cells are required once the state passed it, and empty before. */
	private static void steps(LedgerRowValidator v, LedgerRow row, PetitionState state) {
		step(v, row, state, state.concluded(), List.of(CONCLUSION, CONCLUDED), CONCLUSION_TEXT);
		step(v, row, state, state.compareTo(PetitionState.DISPOSED) >= 0, List.of(DISPOSITION, DISPOSED),
				DISPOSITION_TEXT);
		step(v, row, state, state == PetitionState.CLOSED, List.of(CLOSED), null);
	}

	private static void step(LedgerRowValidator v, LedgerRow row, PetitionState state, boolean reached,
			List<LedgerColumn> required, LedgerColumn optional) {
		for (LedgerColumn column : required) {
			if (reached && row.get(column.key()) == null) {
				v.problem(row, column, NLS.bind(Messages.importStepNeeds, state.label()));
			} else if (!reached && row.get(column.key()) != null) {
				v.problem(row, column, NLS.bind(Messages.importStepNotReached, state.label()));
			}
		}
		if (optional != null && !reached && row.get(optional.key()) != null) {
			v.problem(row, optional, NLS.bind(Messages.importStepNotReached, state.label()));
		}
	}

	/** A date of one of the workflow's columns. */
	private record Dated(LedgerColumn column, LocalDate date) {
	}

	/** Each step's date is on or after every earlier step's: the first one it precedes is named. */
	private static void order(LedgerRowValidator v, LedgerRow row, List<Dated> steps) {
		for (int i = 1; i < steps.size(); i++) {
			Dated later = steps.get(i);
			if (later.date() == null) {
				continue;
			}
			for (int j = 0; j < i; j++) {
				Dated earlier = steps.get(j);
				if (earlier.date() != null && later.date().isBefore(earlier.date())) {
					before(v, row, later.column(), later.date(), earlier.column(), earlier.date());
					break;
				}
			}
		}
	}

	private static void before(LedgerRowValidator v, LedgerRow row, LedgerColumn column, LocalDate date,
			LedgerColumn earlier, LocalDate earlierDate) {
		v.problem(row, column, NLS.bind(Messages.importDateBefore,
				new Object[] { date, earlier.header(), earlierDate }));
	}
}
