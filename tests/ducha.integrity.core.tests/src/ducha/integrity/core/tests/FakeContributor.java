package ducha.integrity.core.tests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.core.spi.ArchiveEntry;
import ducha.core.spi.ArchiveContributor;

/**
 * A plugin's archive contributor as a test registers it: one entry per given date about 李明, plus one for 王芳 on
 * the first date. It ignores the period and the viewer on purpose, so the archive's own filtering is tested.
 */
final class FakeContributor implements ArchiveContributor {

	private final String source;
	private final String kind;
	private final String kindLabel;
	private final List<LocalDate> dates;
	private final boolean confidential;

	FakeContributor(String source, String kind, String kindLabel, LocalDate... dates) {
		this(source, kind, kindLabel, false, dates);
	}

	FakeContributor(String source, String kind, String kindLabel, boolean confidential, LocalDate... dates) {
		this.source = source;
		this.kind = kind;
		this.kindLabel = kindLabel;
		this.confidential = confidential;
		this.dates = List.of(dates);
	}

	@Override
	public String source() {
		return source;
	}

	@Override
	public List<ArchiveEntry> entries(String staffNo, Period period, Principal viewer) {
		List<ArchiveEntry> entries = new ArrayList<>();
		for (LocalDate date : dates) {
			entries.add(new ArchiveEntry(Court.LI, date, kind, kindLabel, kindLabel + " " + date, "", source,
					confidential));
		}
		entries.add(new ArchiveEntry(Court.WANG, dates.get(0), kind, kindLabel, "王芳的记录", "", source, false));
		return entries.stream().filter(e -> e.staffNo().equals(staffNo) || e.staffNo().equals(Court.WANG)).toList();
	}
}
