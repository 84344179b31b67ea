package ducha.cases.internal.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import ducha.cases.CaseBulletin;
import ducha.cli.LoggedIn;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cases bulletins [--year YYYY]}: the year's case bulletins with the id {@code cases bulletin} takes. */
@Command(name = "bulletins", description = "列出某年的案件通报（编号用于 cases bulletin）")
final class BulletinsCommand implements Callable<Integer> {

	private final CliServices services;

	@Spec
	CommandSpec spec;

	@Mixin
	LoggedIn login;

	@Option(names = "--year", paramLabel = "YYYY", description = "年份（默认今年）")
	Integer year;

	BulletinsCommand(CliServices services) {
		this.services = services;
	}

	@Override
	public Integer call() {
		Principal reader = login.principal();
		int y = year == null ? LocalDate.now().getYear() : year;
		PrintWriter out = spec.commandLine().getOut();
		out.println("编号\t期号\t签发日期\t标题\t评查问题");
		int count = 0;
		for (CaseBulletin b : services.review().bulletins(Period.year(y))) {
			int findings = services.review().findingsOf(b.id(), reader).size();
			out.println(b.id() + "\t" + b.label() + "\t" + b.issuedDate() + "\t" + b.title() + "\t" + findings);
			count++;
		}
		out.println(y + " 年案件通报 " + count + " 期");
		return 0;
	}
}
