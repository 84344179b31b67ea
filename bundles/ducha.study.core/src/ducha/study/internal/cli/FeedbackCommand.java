package ducha.study.internal.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import ducha.cli.RequiresPermission;
import ducha.core.ValidationException;
import ducha.core.directory.DirectoryService;
import ducha.core.documents.DocumentFormat;
import ducha.core.documents.OfficialDocument;
import ducha.core.security.Principal;
import ducha.study.ReviewService;
import ducha.study.StudyPermissions;
import ducha.study.internal.reviews.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ducha-cli study feedback --month YYYY-MM --department NAME|CODE --out FILE.docx|FILE.pdf}: issues the
 * month's numbered feedback to the department and writes it in the format the file's extension names. The file
 * is written only once the document is complete.
 */
@Command(name = "feedback")
@RequiresPermission(StudyPermissions.REVIEWS_ASSIGN)
final class FeedbackCommand extends StudyCommand {

	private final ReviewService reviews;
	private final DirectoryService directory;

	@Option(names = "--month", required = true, paramLabel = "YYYY-MM")
	String month;

	@Option(names = "--department", required = true, paramLabel = "NAME|CODE")
	String department;

	@Option(names = "--out", required = true, paramLabel = "FILE")
	Path out;

	FeedbackCommand(ReviewService reviews, DirectoryService directory) {
		this.reviews = reviews;
		this.directory = directory;
	}

	@Override
	int run(Principal actor, PrintWriter console) throws IOException {
		String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
		DocumentFormat format = name.endsWith(".pdf") ? DocumentFormat.PDF
				: name.endsWith(".docx") ? DocumentFormat.DOCX : null;
		if (format == null) {
			throw new ValidationException(NLS.bind(Messages.cliFeedbackBadFile, out));
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		OfficialDocument issued = reviews.feedback(ReviewOptions.month(month),
				ReviewOptions.department(directory.departmentNames(), department), format, bytes, actor);
		Files.write(out, bytes.toByteArray());
		console.println(NLS.bind(Messages.cliFeedbackWritten, new Object[] { issued.title(), issued.number(), out }));
		return 0;
	}
}
