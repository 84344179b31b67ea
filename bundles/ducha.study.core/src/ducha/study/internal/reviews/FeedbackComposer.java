package ducha.study.internal.reviews;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import ducha.core.documents.OfficialDocument;
import ducha.study.Review;
import ducha.study.ReviewProblem;

/**
 * The month's feedback to one department on the reviews of its study records (学习记录调阅情况反馈): who reviewed
 * when, how many person-times, each problem with the rectification asked and, once verified, its verification.
 * The wording is the office's fixed wording of an official document, in Chinese whatever the UI's language.
 */
final class FeedbackComposer {

	private FeedbackComposer() {
	}

	/**
	 * @param name the name of a 工号
	 */
	static OfficialDocument compose(YearMonth month, String department, List<Review> reviews,
			Function<String, String> name, LocalDate today, String office) {
		String monthText = month.getYear() + "年" + month.getMonthValue() + "月";
		String title = "关于" + department + monthText + "学习记录调阅情况的反馈";
		Set<String> reviewers = new LinkedHashSet<>();
		reviews.forEach(r -> reviewers.add(name.apply(r.reviewerStaffNo())));
		int personTimes = reviews.stream().mapToInt(Review::personTimes).sum();
		LocalDate last = reviews.stream().map(Review::date).max(LocalDate::compareTo).orElseThrow();
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(department + "：");
		paragraphs.add("根据" + monthText + "学习记录调阅安排，政治督导员" + String.join("、", reviewers) + "于"
				+ day(last) + "前对你部门的学习记录进行了调阅，共调阅" + personTimes + "人次。现将调阅情况反馈如下。");
		List<ReviewProblem> problems = reviews.stream().flatMap(r -> r.problems().stream()).toList();
		if (problems.isEmpty()) {
			paragraphs.add("本次调阅未发现问题。请继续按要求做好学习记录，保持学习的经常性和规范性。");
		} else {
			paragraphs.add("调阅发现以下" + problems.size() + "个问题：");
			int n = 0;
			for (ReviewProblem p : problems) {
				StringBuilder s = new StringBuilder().append(++n).append("．").append(p.finding());
				if (p.rectification() != null && !p.rectification().isBlank()) {
					s.append("整改要求：").append(p.rectification());
				}
				if (p.verified()) {
					s.append("（已于").append(day(p.verifiedOn())).append("核查：").append(p.verification())
							.append("）");
				}
				paragraphs.add(s.toString());
			}
			paragraphs.add("请对照上述问题认真整改，并于下月调阅前将整改情况书面报送" + office + "。");
		}
		return new OfficialDocument(title, "", today, paragraphs, office);
	}

	private static String day(LocalDate d) {
		return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
	}
}
