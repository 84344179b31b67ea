package ducha.inspections.internal.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import ducha.cli.RequiresPermission;
import ducha.core.ValidationException;
import ducha.core.documents.DocumentFormat;
import ducha.core.security.Principal;
import ducha.inspections.Bulletin;
import ducha.inspections.BulletinService;
import ducha.inspections.InspectionPermissions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ducha-cli inspections bulletin --title TEXT [--date YYYY-MM-DD] --finding NO… --out FILE.docx|FILE.pdf}:
 * issues a numbered bulletin naming the findings and writes it in the format the file's extension names.
 */
@Command(name = "bulletin")
@RequiresPermission(InspectionPermissions.MANAGE)
final class BulletinCommand extends InspectionsCommand {

	private final BulletinService bulletins;

	@Option(names = "--title", required = true, paramLabel = "TEXT")
	String title;

	@Option(names = "--date", paramLabel = "YYYY-MM-DD")
	String date;

	@Option(names = "--finding", required = true, paramLabel = "NO")
	List<String> findings;

	@Option(names = "--out", required = true, paramLabel = "FILE")
	Path out;

	BulletinCommand(BulletinService bulletins) {
		this.bulletins = bulletins;
	}

	@Override
	int run(Principal actor, PrintWriter console) throws IOException {
		String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
		DocumentFormat format = name.endsWith(".pdf") ? DocumentFormat.PDF
				: name.endsWith(".docx") ? DocumentFormat.DOCX : null;
		if (format == null) {
			throw new ValidationException(NLS.bind(Messages.cliBadFile, out));
		}
		Bulletin issued = bulletins.issue(title, date == null ? LocalDate.now() : CliDates.day(date),
				findings, actor);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bulletins.write(issued.year(), issued.number(), format, bytes, actor);
		Files.write(out, bytes.toByteArray());
		console.println(NLS.bind(Messages.cliBulletinWritten, new Object[] { issued.title(), issued.label(), out }));
		return 0;
	}
}
