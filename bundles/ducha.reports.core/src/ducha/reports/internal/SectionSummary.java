package ducha.reports.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ducha.core.spi.ReportFigure;

/**
 * The short sentence around a section's figures, e.g. 开展督察45次，通报9期。 A label may end with its measure word
 * in full-width brackets (开展督察（次）): the value then goes before the measure word; otherwise it follows the label
 * (政治督导员 → 政治督导员11).
 */
final class SectionSummary {

	private static final Pattern MEASURE_WORD = Pattern.compile("^(.*?)（(\\p{IsHan}{1,2})）$");

	private SectionSummary() {
	}

	static String of(List<ReportFigure> figures) {
		if (figures.isEmpty()) {
			return "本期无统计数据。";
		}
		return figures.stream().map(SectionSummary::phrase).collect(Collectors.joining("，")) + "。";
	}

	static String phrase(ReportFigure figure) {
		Matcher matcher = MEASURE_WORD.matcher(figure.label().strip());
		if (matcher.matches()) {
			return matcher.group(1) + figure.value() + matcher.group(2);
		}
		return figure.label().strip() + figure.value();
	}
}
