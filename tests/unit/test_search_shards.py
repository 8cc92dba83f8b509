"""How a language's search index is split (render/search_shards.py): at most `limit` documents a
shard, whole years together while they fit, so an edit or an addition touches as few shards as it can."""

from __future__ import annotations

from generator.render.search_shards import pack_shards, shard_folder


def docs(year: int, count: int) -> list[tuple[int, str]]:
    return [(year, f"policy/{year}-{n:02d}/") for n in range(count)]


def test_small_sites_have_one_shard() -> None:
    documents = docs(2021, 3) + docs(2019, 2) + docs(2020, 4)
    [shard] = pack_shards(documents, 10)
    assert len(shard) == 9
    assert shard[:2] == ("policy/2019-00/", "policy/2019-01/")  # oldest first: a stable order


def test_whole_years_are_packed_while_they_fit() -> None:
    shards = pack_shards(docs(2019, 3) + docs(2020, 4) + docs(2021, 2) + docs(2022, 5), 7)
    assert [sorted({p[7:11] for p in shard}) for shard in shards] == [
        ["2019", "2020"],
        ["2021", "2022"],
    ]
    assert [len(shard) for shard in shards] == [7, 7]


def test_a_year_larger_than_a_shard_is_split_and_the_rest_packed_on() -> None:
    shards = pack_shards(docs(2019, 2) + docs(2020, 11) + docs(2021, 3), 5)
    assert [len(shard) for shard in shards] == [2, 5, 5, 4]
    assert shards[3] == ("policy/2020-10/", "policy/2021-00/", "policy/2021-01/", "policy/2021-02/")
    every = [path for shard in shards for path in shard]
    assert len(every) == len(set(every)) == 16


def test_editing_or_adding_in_the_newest_year_leaves_older_shards_as_they_were() -> None:
    before = pack_shards(docs(2019, 4) + docs(2020, 4) + docs(2021, 3), 4)
    after = pack_shards(docs(2019, 4) + docs(2020, 4) + docs(2021, 4), 4)
    assert after[:2] == before[:2]
    assert len(after[2]) == len(before[2]) + 1


def test_no_documents_no_shards() -> None:
    assert pack_shards([], 5) == []


def test_the_first_shard_is_the_bundle_root_the_others_a_folder_each() -> None:
    assert shard_folder("zh", 0) == ""
    assert shard_folder("zh", 2) == "zh-2/"
    assert shard_folder("mn", 1) == "mn-1/"
