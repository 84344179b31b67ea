package ducha.cases.internal.cli;

import java.io.PrintWriter;
import java.time.LocalDate;

import ducha.cases.CaseBulletin;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cases bulletins [--year YYYY]}: the year's case bulletins with the id {@code cases bulletin} takes. */
@Command(name = "bulletins", description = "列出某年的案件通报（编号用于 cases bulletin）")
final class BulletinsCommand extends CasesSubcommand {

	@Option(names = "--year", paramLabel = "YYYY", description = "年份（默认今年）")
	Integer year;

	BulletinsCommand(CliServices services) {
		super(services);
	}

	@Override
	void run(Principal reader, PrintWriter out) {
		int y = year == null ? LocalDate.now().getYear() : year;
		out.println("编号\t期号\t签发日期\t标题\t评查问题");
		int count = 0;
		for (CaseBulletin b : services.review().bulletins(Period.year(y))) {
			int findings = services.review().findingsOf(b.id(), reader).size();
			out.println(b.id() + "\t" + b.label() + "\t" + b.issuedDate() + "\t" + b.title() + "\t" + findings);
			count++;
		}
		out.println(y + " 年案件通报 " + count + " 期");
	}
}
