package ducha.cases.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

import ducha.core.documents.DocumentFormat;
import ducha.core.documents.OfficialDocument;
import ducha.core.security.Principal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code cases bulletin ID --format docx|pdf --out FILE}: a case bulletin as an official document. */
@Command(name = "bulletin", description = "生成案件通报文书（DOCX 或 PDF）")
final class BulletinCommand extends CasesSubcommand {

	@Parameters(paramLabel = "ID", description = "通报编号（见 cases bulletins）")
	long id;

	@Option(names = "--format", paramLabel = "FORMAT", description = "docx 或 pdf（默认按 --out 的扩展名）")
	DocumentFormat format;

	@Option(names = "--out", paramLabel = "FILE", required = true, description = "输出文件")
	Path out;

	BulletinCommand(CliServices services) {
		super(services);
	}

	@Override
	void run(Principal reader, PrintWriter output) {
		DocumentFormat chosen = format != null ? format : byExtension();
		OfficialDocument document = services.bulletins().compose(id, reader);
		services.bulletins().write(id, chosen, out, reader);
		output.println("已生成" + document.title() + "（" + document.number() + "）：" + out.toAbsolutePath());
	}

	private DocumentFormat byExtension() {
		String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".pdf")) {
			return DocumentFormat.PDF;
		}
		if (name.endsWith(".docx")) {
			return DocumentFormat.DOCX;
		}
		throw new ParameterException(spec.commandLine(), "请用 --format docx|pdf 指定格式，或让 --out 以 .docx/.pdf 结尾");
	}
}
