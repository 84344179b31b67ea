package ducha.integrity.internal.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ducha.core.period.Period;
import ducha.core.spi.ArchiveEntry;
import ducha.integrity.ArchiveView;

/**
 * The 廉情报告 (integrity report for appointment or awards) as plain text: per person what the archive holds for
 * the period, counted by kind and listed by date. Plain text until the platform's document service can render
 * it as DOCX/PDF.
 */
public final class IntegrityReportText {

	private IntegrityReportText() {
	}

	public static String render(List<ArchiveView> archives, Period period, LocalDate written) {
		StringBuilder s = new StringBuilder();
		s.append("廉情报告\n");
		s.append("期间：").append(period.from()).append(" 至 ").append(period.to()).append("　出具日期：").append(written)
				.append("　人数：").append(archives.size()).append('\n');
		for (ArchiveView view : archives) {
			s.append('\n').append(view.staff().name()).append("（工号 ").append(view.staff().staffNo()).append("）");
			if (view.staff().position() != null) {
				s.append(' ').append(view.staff().position());
			}
			s.append('\n');
			if (view.entries().isEmpty()) {
				s.append("  该期间廉政档案中无约谈、处理、问题通报等记录。\n");
				continue;
			}
			Map<String, Integer> counts = new TreeMap<>();
			view.entries().forEach(e -> counts.merge(view.kinds().getOrDefault(e.kind(), e.kind()), 1, Integer::sum));
			s.append("  档案记录 ").append(view.entries().size()).append(" 条：");
			counts.forEach((kind, n) -> s.append(kind).append(' ').append(n).append(" 条；"));
			s.append('\n');
			for (ArchiveEntry e : view.entries()) {
				s.append("  ").append(e.date()).append("  ").append(view.kinds().getOrDefault(e.kind(), e.kind()))
						.append("  ").append(e.title()).append('\n');
			}
		}
		return s.toString();
	}
}
