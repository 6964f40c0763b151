import { optionalColumn, requiredColumn, resolveColumns } from './column-spec';

const spec = {
  name: requiredColumn('企业名称', '单位名称', 'name'),
  headcount: requiredColumn('职工人数（人）', 'headcount'),
  note: optionalColumn('备注', 'note'),
};

describe('resolveColumns', () => {
  it('matches Chinese and English headers ignoring case, blanks and full-width brackets', () => {
    expect(resolveColumns(['NAME', '职工人数 (人)'], spec)).toEqual({
      columns: { name: 'NAME', headcount: '职工人数 (人)' },
      problems: [],
    });
    expect(resolveColumns(['单位名称', 'Head Count', '备　注'], spec)).toEqual({
      columns: { name: '单位名称', headcount: 'Head Count', note: '备　注' },
      problems: [],
    });
  });

  it('reports unknown columns, two headers for one column and missing required columns', () => {
    expect(resolveColumns(['企业名称', '单位名称', '备注x'], spec)).toEqual({
      columns: { name: '企业名称' },
      problems: [
        { row: null, field: '单位名称', message: '与“企业名称”列重复，请只保留一列 / same column as 企业名称, keep only one' },
        {
          row: null,
          field: '备注x',
          message: '无法识别的列，请改名或删除 / unknown column, rename or remove it (可用列 / known columns: 企业名称、职工人数（人）、备注)',
        },
        { row: null, field: '职工人数（人）', message: '缺少必填列 / required column missing: 职工人数（人） (headcount)' },
      ],
    });
  });
});
