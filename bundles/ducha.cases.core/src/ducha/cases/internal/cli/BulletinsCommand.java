package ducha.cases.internal.cli;

import java.io.PrintWriter;
import java.time.LocalDate;

import org.eclipse.osgi.util.NLS;

import ducha.cases.CaseBulletin;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cases bulletins [--year YYYY]}: the year's case bulletins with the id {@code cases bulletin} takes. */
@Command(name = "bulletins")
final class BulletinsCommand extends CasesSubcommand {

	@Option(names = "--year", paramLabel = "YYYY")
	Integer year;

	BulletinsCommand(CliServices services) {
		super(services);
	}

	@Override
	void run(Principal reader, PrintWriter out) {
		int y = year == null ? LocalDate.now().getYear() : year;
		out.println(Messages.bulletinsHeader);
		int count = 0;
		for (CaseBulletin b : services.review().bulletins(Period.year(y))) {
			int findings = services.review().findingsOf(b.id(), reader).size();
			out.println(b.id() + "\t" + b.label() + "\t" + b.issuedDate() + "\t" + b.title() + "\t" + findings);
			count++;
		}
		out.println(NLS.bind(Messages.bulletinsTotal, y, count));
	}
}
