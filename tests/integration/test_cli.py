"""The `gongkai` command as editors and CI run it: exit codes and `path:line: message` output."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import gongkai, write


def project_with(minimal: Path) -> Path:
    """A folder laid out like the repository: content/ at the top."""
    project = minimal.parent / "project"
    project.mkdir()
    minimal.rename(project / "content")
    return project


def test_check_ok(minimal: Path) -> None:
    project = project_with(minimal)
    result = gongkai("check", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "检查通过" in result.stdout


def test_check_bad_date_names_file_line_field(minimal: Path) -> None:
    project = project_with(minimal)
    path = project / "content/zh/policy/new-policy.md"
    write(path, path.read_text(encoding="utf-8").replace("published: 2024-02-01", "published: 2024-13-45"))
    result = gongkai("check", cwd=project)
    assert result.returncode == 1
    first = result.stderr.splitlines()[0]
    assert first.startswith("content/zh/policy/new-policy.md:3: ")
    assert "published" in first and "2024-13-45" in first
    assert "Traceback" not in result.stderr
    english = gongkai("--lang", "en", "check", cwd=project)
    assert "is not a valid date" in english.stderr and english.returncode == 1
    after = gongkai("check", "--lang", "en", cwd=project)
    assert "is not a valid date" in after.stderr


def test_build_writes_site_and_reports(minimal: Path) -> None:
    project = project_with(minimal)
    result = gongkai("build", "--out", "public", cwd=project)
    assert result.returncode == 0, result.stderr
    assert (project / "public/index.html").is_file() and (project / "public/mn/index.html").is_file()
    # The summary and nothing else: the tools the build runs (the search indexer) keep quiet.
    lines = result.stdout.splitlines()
    assert [line.split("：")[0] for line in lines] == ["网站已生成", "蒙古文字体"], lines
    assert result.stderr == ""


def test_build_failure_exit_1_and_nothing_published(minimal: Path) -> None:
    project = project_with(minimal)
    write(project / "content/zh/notice/bad.md", "---\ntitle: [未闭合\n---\n")
    result = gongkai("build", cwd=project)
    assert result.returncode == 1
    assert result.stderr.startswith("content/zh/notice/bad.md:2: ")
    assert not (project / "site").exists()


def test_usage_errors_exit_2(minimal: Path) -> None:
    project = project_with(minimal)
    assert gongkai("publish", cwd=project).returncode == 2
    assert gongkai("build", "--content", "nowhere", cwd=project).returncode == 2
    assert gongkai("check", "--lang", "fr", cwd=project).returncode == 2


def test_check_names_report_cell_row_column_expected_found(tmp_path: Path) -> None:
    import shutil

    from tests.conftest import EXAMPLE_CONTENT

    project = tmp_path / "project"
    shutil.copytree(EXAMPLE_CONTENT, project / "content")
    data = project / "content/reports/annual/2023.yml"
    lines = data.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines) if line.startswith("  r3_7:"))
    lines[number] = "  r3_7:   [45, 0, 0, 0, 0, 0, 45]   # 三（七）总计"
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = gongkai("check", cwd=project)
    assert result.returncode == 1
    expected = f"content/reports/annual/2023.yml:{number + 1}: 三（七）总计 / 自然人: 应为 46（（一）至（六）之和），实为 45"
    assert expected in result.stderr


def test_import_report_from_the_seed_then_check(tmp_path: Path) -> None:
    from tests.conftest import FIXTURES

    seed = FIXTURES / "reports/seed-2023.txt"
    result = gongkai("import-report", str(seed), "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "序号 项目名称" in result.stderr  # the stray investment table is listed as not imported
    assert (tmp_path / "out/reports/annual/2023.yml").is_file()
