package ducha.study.internal.tests;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.core.spi.ArchiveContributor;
import ducha.core.spi.ArchiveEntry;
import ducha.study.StudyTest;
import ducha.study.TestResult;

/**
 * Each person's quarterly test results in their integrity archive: the result dated on the test's day (score,
 * make-up and final score), and the make-up on its own day. The archive decides who may read a person's archive;
 * none of these entries is confidential.
 */
@Component
public class TestArchiveContributor implements ArchiveContributor {

	public static final String SOURCE = "study";
	public static final String KIND_RESULT = "study.test";
	public static final String KIND_MAKEUP = "study.makeup";

	@Reference
	private TestRecords records;

	@Override
	public String source() {
		return SOURCE;
	}

	@Override
	public List<ArchiveEntry> entries(String staffNo, Period period, Principal viewer) {
		List<ArchiveEntry> entries = new ArrayList<>();
		for (StudyTest test : records.tests()) {
			boolean held = period.contains(test.heldOn());
			if (!held && test.heldOn().isAfter(period.to())) {
				continue;
			}
			TestResult r = records.results(test).stream().filter(t -> t.staffNo().equals(staffNo)).findFirst()
					.orElse(null);
			if (r == null || r.score() == null && !r.absent() && r.makeupScore() == null) {
				continue;
			}
			if (held) {
				entries.add(new ArchiveEntry(staffNo, test.heldOn(), KIND_RESULT, "学习检测", title(test, r),
						detail(test, r), SOURCE, false));
			}
			if (r.makeupDate() != null && period.contains(r.makeupDate())) {
				entries.add(new ArchiveEntry(staffNo, r.makeupDate(), KIND_MAKEUP, "补考",
						test.title() + "补考：" + r.makeupScore() + " 分", "最终成绩 " + r.finalScore() + " 分（"
								+ test.makeupRule().label() + "）",
						SOURCE, false));
			}
		}
		return entries;
	}

	private static String title(StudyTest test, TestResult r) {
		String score = r.absent() ? "缺考" : r.score() + " 分";
		return test.title() + "：" + score + (test.passes(r.score()) ? "（及格）" : "（未及格）");
	}

	private static String detail(StudyTest test, TestResult r) {
		StringBuilder detail = new StringBuilder("检测编号：").append(test.code()).append("，及格分 ")
				.append(test.passMark()).append("，总分 ").append(test.totalPoints());
		if (r.makeupScore() != null) {
			detail.append("\n补考 ").append(r.makeupDate()).append("：").append(r.makeupScore()).append(" 分");
		}
		if (r.finalScore() != null) {
			detail.append("\n最终成绩：").append(r.finalScore()).append(" 分").append(r.passed() ? "，及格" : "，未及格");
		}
		return detail.toString();
	}
}
