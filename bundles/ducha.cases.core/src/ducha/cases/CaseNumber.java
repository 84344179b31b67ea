package ducha.cases;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import ducha.cases.internal.Messages;

/**
 * A case number (案号) as courts write it, e.g. {@code （2023）川0724民初1234号}: the year of filing in brackets, the
 * court's code, the case type (民初, 刑终, 执恢, ...) and the sequence number.
 * {@link #parse} accepts full-width and ASCII brackets and full-width digits; {@link #text()} is the canonical
 * form with full-width brackets, which is the register's key, so that both spellings meet the same case.
 * <p>
 * The court code follows the SPC's rule of 2016: 最高法 for the Supreme People's Court, the province's one-character
 * abbreviation for its high court (川), and that abbreviation with two digits for an intermediate court (川07, also
 * the special courts such as 沪72) or four for a basic court (川0724). The type must be a code of the SPC's case-type
 * table ({@link CaseType}); an unknown one is refused naming the closest known code.
 *
 * @param year       year in the brackets
 * @param courtCode  court code, e.g. 川0724
 * @param type       case type code, e.g. 民初
 * @param sequence   sequence number within year, court and type
 */
public record CaseNumber(int year, String courtCode, String type, int sequence) {

	/** Province-level abbreviations that start a court code (兵 for the Production and Construction Corps). */
	private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼兵";
	private static final String SUPREME_COURT = "最高法";
	private static final int FIRST_YEAR = 1949;
	private static final int MAX_SEQUENCE_DIGITS = 7;

	/** Case type codes the register accepts: every code of the SPC's table ({@link CaseType#codes()}). */
	public static final Set<String> TYPES = CaseType.codes();

	public CaseNumber {
		Objects.requireNonNull(courtCode, "courtCode");
		Objects.requireNonNull(type, "type");
	}

	/** The canonical text, e.g. {@code （2023）川0724民初1234号}. */
	public String text() {
		return "（" + year + "）" + courtCode + type + sequence + "号";
	}

	@Override
	public String toString() {
		return text();
	}

	/**
	 * The type of the table this number's code stands for. Empty only for a number not made by {@link #parse}
	 * whose code the table does not hold (a register row stored under a code the table has since dropped).
	 */
	public Optional<CaseType> caseType() {
		return CaseType.find(type);
	}

	/** The family (大类) of the case type, e.g. {@link CaseFamily#CIVIL} for 民诉前调; empty as for {@link #caseType()}. */
	public Optional<CaseFamily> family() {
		return caseType().map(CaseType::family);
	}

	/**
	 * Parses a case number.
	 *
	 * @throws MalformedCaseNumberException naming what is wrong (in Chinese unless English is chosen)
	 */
	public static CaseNumber parse(String text) {
		if (text == null || text.isBlank()) {
			throw new MalformedCaseNumberException(text, Messages.caseNoEmpty);
		}
		String t = normalize(text);
		if (t.isEmpty() || t.charAt(0) != '(') {
			throw new MalformedCaseNumberException(text, Messages.caseNoNoYear);
		}
		int close = t.indexOf(')');
		if (close < 0) {
			throw new MalformedCaseNumberException(text, Messages.caseNoYearUnclosed);
		}
		String yearText = t.substring(1, close);
		if (!fourDigits(yearText)) {
			throw new MalformedCaseNumberException(text, NLS.bind(Messages.caseNoYearDigits, yearText));
		}
		int year = Integer.parseInt(yearText);
		if (year < FIRST_YEAR || year > LocalDate.now().getYear() + 1) {
			throw new MalformedCaseNumberException(text, NLS.bind(Messages.caseNoYearImplausible, year));
		}
		if (!t.endsWith("号")) {
			throw new MalformedCaseNumberException(text, Messages.caseNoNoEnd);
		}
		String rest = t.substring(close + 1, t.length() - 1);
		int digitsStart = rest.length();
		while (digitsStart > 0 && Character.isDigit(rest.charAt(digitsStart - 1))) {
			digitsStart--;
		}
		String sequenceText = rest.substring(digitsStart);
		if (sequenceText.isEmpty()) {
			throw new MalformedCaseNumberException(text, Messages.caseNoNoSequence);
		}
		if (sequenceText.length() > MAX_SEQUENCE_DIGITS) {
			throw new MalformedCaseNumberException(text, NLS.bind(Messages.caseNoSequenceTooLong, sequenceText));
		}
		int sequence = Integer.parseInt(sequenceText);
		if (sequence == 0) {
			throw new MalformedCaseNumberException(text, Messages.caseNoSequenceZero);
		}
		String courtAndType = rest.substring(0, digitsStart);
		int courtEnd = courtEnd(text, courtAndType);
		String court = courtAndType.substring(0, courtEnd);
		String type = courtAndType.substring(courtEnd);
		if (type.isEmpty()) {
			throw new MalformedCaseNumberException(text, Messages.caseNoNoType);
		}
		if (!TYPES.contains(type)) {
			CaseType closest = CaseType.closest(type);
			throw new MalformedCaseNumberException(text,
					NLS.bind(Messages.caseNoUnknownType, new Object[] { type, closest.code(), closest.name() }));
		}
		return new CaseNumber(year, court, type, sequence);
	}

	/** What {@code \d{4}} matches, without compiling a pattern for every number of a file. */
	private static boolean fourDigits(String text) {
		if (text.length() != 4) {
			return false;
		}
		for (int i = 0; i < 4; i++) {
			if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	/** Where the court code ends: 最高法, or a province abbreviation alone or followed by two or four digits. */
	private static int courtEnd(String original, String courtAndType) {
		if (courtAndType.startsWith(SUPREME_COURT)) {
			return SUPREME_COURT.length();
		}
		if (courtAndType.isEmpty() || PROVINCES.indexOf(courtAndType.charAt(0)) < 0) {
			String first = courtAndType.isEmpty() ? "" : courtAndType.substring(0, 1);
			throw new MalformedCaseNumberException(original, NLS.bind(Messages.caseNoBadCourt, first));
		}
		int end = 1;
		while (end < courtAndType.length() && Character.isDigit(courtAndType.charAt(end))) {
			end++;
		}
		int digits = end - 1;
		if (digits > 4) {
			throw new MalformedCaseNumberException(original,
					NLS.bind(Messages.caseNoCourtDigits, courtAndType.substring(0, end)));
		}
		if (digits == 1 || digits == 3) {
			throw new MalformedCaseNumberException(original,
					NLS.bind(Messages.caseNoCourtDigitCount, courtAndType.substring(0, end)));
		}
		return end;
	}

	/** ASCII brackets for the full-width and 〔〕 ones, ASCII digits for full-width digits, no blanks. */
	private static String normalize(String text) {
		StringBuilder s = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '（' || c == '〔' || c == '[') {
				s.append('(');
			} else if (c == '）' || c == '〕' || c == ']') {
				s.append(')');
			} else if (c >= '０' && c <= '９') {
				s.append((char) ('0' + (c - '０')));
			} else if (!Character.isWhitespace(c) && c != '\u3000') {
				s.append(c);
			}
		}
		return s.toString();
	}
}
