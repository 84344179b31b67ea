package ducha.team.internal.cli.roster;

import java.io.PrintWriter;

import ducha.cli.RequiresPermission;
import ducha.core.Language;
import ducha.core.security.CorePermissions;
import ducha.core.security.Principal;
import ducha.team.RosterService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ducha-cli team end --id ID [--on DATE]}: ends an appointment on its last day (today by default). */
@Command(name = "end")
@RequiresPermission(CorePermissions.SUPERVISORS_WRITE)
final class EndCommand extends RosterCliCommand {

	private final RosterService roster;

	@Option(names = "--id", required = true, paramLabel = "ID")
	long id;

	@Option(names = "--on", paramLabel = "YYYY-MM-DD")
	String on;

	EndCommand(RosterService roster) {
		this.roster = roster;
	}

	@Override
	protected int run(Principal actor, PrintWriter out) {
		roster.end(id, day(on), actor);
		out.println(Language.format(Messages.ended, id, day(on)));
		return 0;
	}
}
