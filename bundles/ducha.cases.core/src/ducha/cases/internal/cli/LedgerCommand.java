package ducha.cases.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import ducha.core.ValidationException;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.security.Principal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code cases ledger import|export|template KIND FILE}: the review ledgers (评查问题、提醒谈话、整改跟踪) as .xlsx or
 * .csv files, all rows or none.
 */
abstract class LedgerCommand extends CasesSubcommand {

	/** Short names on the command line and the ledger kinds they stand for. */
	static final List<String> KINDS = List.of("findings", "talks", "followups");

	@Parameters(index = "0", paramLabel = "KIND", description = "台账：findings（评查问题）、talks（提醒谈话）、followups（整改跟踪）")
	String kind;

	@Parameters(index = "1", paramLabel = "FILE", description = "文件（.xlsx 或 .csv）")
	Path file;

	LedgerCommand(CliServices services) {
		super(services);
	}

	/** What the command does with the ledger kind {@code id} and the file. */
	abstract void run(String id, Principal actor, PrintWriter out);

	@Override
	final void run(Principal actor, PrintWriter out) {
		String n = kind.startsWith("cases.") ? kind.substring("cases.".length()) : kind;
		if (!KINDS.contains(n)) {
			throw new ValidationException("未知的台账“" + kind + "”，可选：" + String.join("、", KINDS));
		}
		run("cases." + n, actor, out);
	}

	/** The group only holds the three commands. */
	@Command(name = "ledger", description = "评查台账：导入、导出、模板")
	static final class Group extends GroupCommand {
	}

	@Command(name = "import", description = "导入台账：任何一行有误则整份文件不导入，并逐行列出问题（文件:行:列）")
	static final class Import extends LedgerCommand {

		Import(CliServices services) {
			super(services);
		}

		@Override
		void run(String id, Principal actor, PrintWriter out) {
			requireReadable(file);
			LedgerImportResult result = services.ledgers().importFile(id, file, actor);
			out.println(result.fileName() + "：" + result.rows() + " 行，新增 " + result.inserted() + "，更新 "
					+ result.updated());
		}
	}

	@Command(name = "export", description = "导出台账")
	static final class Export extends LedgerCommand {

		Export(CliServices services) {
			super(services);
		}

		@Override
		void run(String id, Principal actor, PrintWriter out) {
			requireFolder(file);
			int rows = services.ledgers().exportFile(id, file, actor);
			out.println("已导出 " + rows + " 条到 " + file.toAbsolutePath());
		}
	}

	@Command(name = "template", description = "写出空白模板（表头和一行示例）")
	static final class Template extends LedgerCommand {

		Template(CliServices services) {
			super(services);
		}

		@Override
		void run(String id, Principal actor, PrintWriter out) {
			requireFolder(file);
			services.ledgers().writeTemplate(id, file);
			out.println("已写出模板 " + file.toAbsolutePath());
		}
	}
}
