package ducha.team.internal.cli.roster;

import ducha.core.directory.DirectoryService;
import ducha.team.GroupService;
import ducha.team.RosterService;
import picocli.CommandLine;

/** Adds the roster's and the groups' commands to the {@code ducha-cli team} group. */
public final class RosterCommands {

	private RosterCommands() {
	}

	public static void addTo(CommandLine group, RosterService roster, GroupService groups,
			DirectoryService directory) {
		group.addSubcommand("roster", new RosterCommand(roster, directory));
		group.addSubcommand("gaps", new GapsCommand(roster, directory));
		group.addSubcommand("history", new HistoryCommand(roster, directory));
		group.addSubcommand("appoint", new AppointCommand(roster, directory));
		group.addSubcommand("end", new EndCommand(roster));
		group.addSubcommand("exempt", new ExemptCommand(roster, directory));
		group.addSubcommand("groups", new GroupsCommand(groups, directory));
	}
}
