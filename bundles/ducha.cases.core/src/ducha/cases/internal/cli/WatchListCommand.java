package ducha.cases.internal.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import ducha.cases.CasePage;
import ducha.cases.CaseQuery;
import ducha.cases.CaseRecord;
import ducha.cases.PageKey;
import ducha.cases.WatchListEntry;
import ducha.core.ValidationException;
import ducha.core.directory.Staff;
import ducha.core.security.Principal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cases watchlist}: long-pending cases (长期未结案) with their age and the rule that flagged them. */
@Command(name = "watchlist", description = "列出长期未结案件：立案天数和触发的规则")
final class WatchListCommand extends CasesSubcommand {

	private static final int PAGE = 500;

	@Mixin
	Filters filters;

	@Option(names = "--min-age", paramLabel = "DAYS", description = "只列立案至少这么多天的案件")
	Integer minAge;

	@Option(names = "--as-of", paramLabel = "DATE", description = "按哪一天计算（默认今天），如 2024-06-30")
	LocalDate asOf;

	@Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "最多列出多少件，默认 100")
	int limit;

	WatchListCommand(CliServices services) {
		super(services);
	}

	@Override
	void run(Principal reader, PrintWriter out) {
		if (limit < 1) {
			throw new ValidationException("--limit 应为正整数：" + limit);
		}
		if (minAge != null && minAge < 0) {
			throw new ValidationException("--min-age 不能为负数：" + minAge);
		}
		LocalDate day = dayOf(asOf);
		CaseQuery query = filters.query(services.directory(), null, minAge);
		long total = services.watchList().countLongPending(query, day, reader);
		Map<String, String> departments = new HashMap<>();
		services.directory().departments().forEach(d -> departments.put(d.code(), d.name()));
		Map<String, String> judges = new HashMap<>();
		out.println("案号\t案由\t承办人\t承办部门\t立案日期\t已立案天数\t规则");
		int shown = 0;
		PageKey key = null;
		do {
			CasePage<WatchListEntry> page = services.watchList().longPending(query, day, key,
					Math.min(PAGE, limit - shown), reader);
			for (WatchListEntry e : page.rows()) {
				CaseRecord c = e.record();
				String judge = judges.computeIfAbsent(c.judgeNo(),
						no -> services.directory().staff(no).map(Staff::name).orElse(""));
				out.println(String.join("\t", c.number().text(), c.cause(), judge + "（" + c.judgeNo() + "）",
						departments.getOrDefault(c.departmentCode(), c.departmentCode()), c.filingDate().toString(),
						String.valueOf(e.ageDays()), e.rule().label()));
			}
			shown += page.rows().size();
			key = page.next();
		} while (key != null && shown < limit);
		out.println("截至 " + day + " 长期未结案件共 " + total + " 件" + (shown < total ? "，列出前 " + shown + " 件" : ""));
	}
}
