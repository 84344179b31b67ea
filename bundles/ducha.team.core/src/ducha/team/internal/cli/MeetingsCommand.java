package ducha.team.internal.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import ducha.cli.RequiresPermission;
import ducha.core.directory.DirectoryService;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.team.MeetingAgenda;
import ducha.team.MeetingService;
import ducha.team.TeamPermissions;
import ducha.team.WorkMeeting;
import ducha.team.internal.meetings.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ducha-cli team meetings [--year YYYY]}: the year's work meetings (this year's by default), one per line
 * (tab-separated): day, title, chair, attendees, problems raised, problems carried to it.
 */
@Command(name = "meetings")
@RequiresPermission(TeamPermissions.READ)
final class MeetingsCommand extends TeamCommand {

	private final MeetingService meetings;
	private final DirectoryService directory;

	@Option(names = "--year", paramLabel = "YYYY")
	Integer year;

	MeetingsCommand(MeetingService meetings, DirectoryService directory) {
		this.meetings = meetings;
		this.directory = directory;
	}

	@Override
	protected int run(Principal actor, PrintWriter out) {
		int chosen = year == null ? LocalDate.now().getYear() : year;
		List<WorkMeeting> held = meetings.meetings(Period.year(chosen), actor);
		out.println(Messages.cliMeetingsHeader);
		for (WorkMeeting m : held) {
			MeetingAgenda agenda = meetings.agenda(m.date(), actor);
			out.println(String.join("\t", m.date().toString(), m.title(), name(m.chairStaffNo()),
					String.valueOf(m.attendees().size()), String.valueOf(agenda.raised().size()),
					String.valueOf(agenda.carried().size())));
		}
		out.println(NLS.bind(Messages.cliMeetingsTotal, chosen, held.size()));
		return 0;
	}

	private String name(String staffNo) {
		return staffNo == null ? "" : directory.staff(staffNo).map(s -> s.name()).orElse(staffNo);
	}
}
