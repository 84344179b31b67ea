package ducha.integrity.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import ducha.core.ValidationException;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerService;
import ducha.core.security.Principal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code ducha-cli integrity import|export|template KIND FILE}: ledger files (.xlsx or .csv). Each subcommand
 * checks its file and does its one call of the ledger service; the result line is printed here.
 */
abstract class LedgerFileCommand extends IntegrityCommand {

	final LedgerService ledgers;

	@Parameters(index = "0", paramLabel = "KIND", description = "台账：talks、dispositions、risk-measures、rules、books、recommendations")
	String kind;

	@Parameters(index = "1", paramLabel = "FILE", description = "文件（.xlsx 或 .csv）")
	Path file;

	LedgerFileCommand(LedgerService ledgers) {
		this.ledgers = ledgers;
	}

	@Override
	final int run(Principal actor, PrintWriter out) {
		out.println(apply(Kinds.ledgerId(kind), actor));
		return 0;
	}

	/** Does the subcommand's call on the ledger {@code ledgerId}; returns the line to print. */
	abstract String apply(String ledgerId, Principal actor);

	/** The folder a file is written into must exist. */
	void requireFolder() {
		Path folder = file.toAbsolutePath().getParent();
		if (folder != null && !Files.isDirectory(folder)) {
			throw new ValidationException("文件夹不存在：" + folder);
		}
	}

	@Command(name = "import", description = "导入台账：任何一行有误则整份文件不导入，并逐行列出问题（文件:行:列）")
	static final class Import extends LedgerFileCommand {

		Import(LedgerService ledgers) {
			super(ledgers);
		}

		@Override
		String apply(String ledgerId, Principal actor) {
			if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
				throw new ValidationException("无法读取文件：" + file.toAbsolutePath());
			}
			LedgerImportResult result = ledgers.importFile(ledgerId, file, actor);
			return result.fileName() + "：" + result.rows() + " 行，新增 " + result.inserted() + "，更新 "
					+ result.updated();
		}
	}

	@Command(name = "export", description = "导出台账")
	static final class Export extends LedgerFileCommand {

		Export(LedgerService ledgers) {
			super(ledgers);
		}

		@Override
		String apply(String ledgerId, Principal actor) {
			requireFolder();
			return "已导出 " + ledgers.exportFile(ledgerId, file, actor) + " 条到 " + file.toAbsolutePath();
		}
	}

	@Command(name = "template", description = "写出空白模板（表头和一行示例）")
	static final class Template extends LedgerFileCommand {

		Template(LedgerService ledgers) {
			super(ledgers);
		}

		@Override
		String apply(String ledgerId, Principal actor) {
			requireFolder();
			ledgers.writeTemplate(ledgerId, file);
			return "已写出模板 " + file.toAbsolutePath();
		}
	}
}
