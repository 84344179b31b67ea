package ducha.cases.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import ducha.core.documents.DocumentFormat;
import ducha.core.documents.OfficialDocument;
import ducha.core.security.Principal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code cases bulletin ID --format docx|pdf --out FILE}: a case bulletin as an official document. */
@Command(name = "bulletin")
final class BulletinCommand extends CasesSubcommand {

	@Parameters(paramLabel = "ID", descriptionKey = "id")
	long id;

	@Option(names = "--format", paramLabel = "FORMAT")
	DocumentFormat format;

	@Option(names = "--out", paramLabel = "FILE", required = true)
	Path out;

	BulletinCommand(CliServices services) {
		super(services);
	}

	@Override
	void run(Principal reader, PrintWriter output) {
		DocumentFormat chosen = format != null ? format : byExtension();
		OfficialDocument document = services.bulletins().compose(id, reader);
		services.bulletins().write(id, chosen, out, reader);
		output.println(NLS.bind(Messages.bulletinWritten, new Object[] { document.title(), document.number(),
				out.toAbsolutePath() }));
	}

	private DocumentFormat byExtension() {
		String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".pdf")) {
			return DocumentFormat.PDF;
		}
		if (name.endsWith(".docx")) {
			return DocumentFormat.DOCX;
		}
		throw new ParameterException(spec.commandLine(), Messages.bulletinFormat);
	}
}
