package ducha.team.internal.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import ducha.cli.RequiresPermission;
import ducha.core.ValidationException;
import ducha.core.documents.DocumentFormat;
import ducha.core.documents.OfficialDocument;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.security.Principal;
import ducha.team.MeetingService;
import ducha.team.TeamPermissions;
import ducha.team.internal.meetings.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ducha-cli team minutes MEETING --out FILE.docx|FILE.pdf}: writes the minutes of the meeting of the day in
 * the format the file's extension names; the file is written only once the document is complete.
 */
@Command(name = "minutes")
@RequiresPermission(TeamPermissions.READ)
final class MinutesCommand extends TeamCommand {

	private final MeetingService meetings;

	@Parameters(index = "0", paramLabel = "MEETING", descriptionKey = "meetings.meeting")
	String meeting;

	@Option(names = "--out", required = true, paramLabel = "FILE")
	Path out;

	MinutesCommand(MeetingService meetings) {
		this.meetings = meetings;
	}

	@Override
	protected int run(Principal actor, PrintWriter console) throws IOException {
		String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
		DocumentFormat format = name.endsWith(".pdf") ? DocumentFormat.PDF
				: name.endsWith(".docx") ? DocumentFormat.DOCX : null;
		if (format == null) {
			throw new ValidationException(NLS.bind(Messages.cliMinutesBadFile, out));
		}
		LocalDate day = LedgerRowValidator.parseDate(meeting);
		if (day == null) {
			throw new ValidationException(NLS.bind(Messages.cliBadDate, meeting));
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		OfficialDocument minutes = meetings.writeMinutes(day, format, bytes, actor);
		Files.write(out, bytes.toByteArray());
		console.println(NLS.bind(Messages.cliMinutesWritten, minutes.title(), out));
		return 0;
	}
}
