package ducha.cases.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import ducha.cli.ProgressPrinter;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.security.Principal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code cases import FILE}: the case list of the case-management system (CSV in UTF-8 or GBK, or XLSX), upserted
 * by 案号 with progress lines. A file with any bad row stores nothing; the error handler prints every problem as
 * file:row:column and exits with 1.
 */
@Command(name = "import", description = "导入案件管理系统导出的案件清单（CSV/XLSX），按案号更新或新增；任何一行有误则整份文件不导入")
final class ImportCommand extends CasesSubcommand {

	@Parameters(paramLabel = "FILE", description = "案件清单（.csv 或 .xlsx）")
	Path file;

	ImportCommand(CliServices services) {
		super(services);
	}

	@Override
	void run(Principal actor, PrintWriter out) {
		requireReadable(file);
		ProgressPrinter progress = new ProgressPrinter(out);
		LedgerImportResult result = services.register().importFile(file, actor, progress);
		progress.done();
		out.println(result.fileName() + "：" + result.rows() + " 行，新增 " + result.inserted() + " 件，更新 "
				+ result.updated() + " 件");
	}
}
