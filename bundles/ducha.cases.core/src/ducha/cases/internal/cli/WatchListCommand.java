package ducha.cases.internal.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

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
@Command(name = "watchlist")
final class WatchListCommand extends CasesSubcommand {

	private static final int PAGE = 500;

	@Mixin
	Filters filters;

	@Option(names = "--min-age", paramLabel = "DAYS")
	Integer minAge;

	@Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "as-of")
	LocalDate asOf;

	@Option(names = "--limit", paramLabel = "N", defaultValue = "100")
	int limit;

	WatchListCommand(CliServices services) {
		super(services);
	}

	@Override
	void run(Principal reader, PrintWriter out) {
		if (limit < 1) {
			throw new ValidationException(NLS.bind(Messages.limitNotPositive, limit));
		}
		if (minAge != null && minAge < 0) {
			throw new ValidationException(NLS.bind(Messages.minAgeNegative, minAge));
		}
		LocalDate day = dayOf(asOf);
		CaseQuery query = filters.query(services.directory(), null, minAge);
		long total = services.watchList().countLongPending(query, day, reader);
		Map<String, String> departments = new HashMap<>();
		services.directory().departments().forEach(d -> departments.put(d.code(), d.name()));
		Map<String, String> judges = new HashMap<>();
		out.println(Messages.watchListHeader);
		int shown = 0;
		PageKey key = null;
		do {
			CasePage<WatchListEntry> page = services.watchList().longPending(query, day, key,
					Math.min(PAGE, limit - shown), reader);
			for (WatchListEntry e : page.rows()) {
				CaseRecord c = e.record();
				String judge = judges.computeIfAbsent(c.judgeNo(),
						no -> services.directory().staff(no).map(Staff::name).orElse(""));
				out.println(String.join("\t", c.number().text(), c.cause(), NLS.bind(Messages.watchListJudge, judge, c.judgeNo()),
						departments.getOrDefault(c.departmentCode(), c.departmentCode()), c.filingDate().toString(),
						String.valueOf(e.ageDays()), e.reason()));
			}
			shown += page.rows().size();
			key = page.next();
		} while (key != null && shown < limit);
		out.println(NLS.bind(Messages.watchListTotal, day, total)
				+ (shown < total ? NLS.bind(Messages.watchListShown, shown) : ""));
	}
}
