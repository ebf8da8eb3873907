import { describe, expect, it } from 'vitest';
import { splitRegionText } from './region-text';

describe('splitRegionText', () => {
  it('splits separated parts', () => {
    expect(splitRegionText('天津市 天津市 南开区')).toEqual(['天津市', '天津市', '南开区']);
    expect(splitRegionText('广东省 / 深圳市 / 南山区')).toEqual(['广东省', '深圳市', '南山区']);
    expect(splitRegionText('北京市 ▼ 市辖区 ▼ 宣武区 ▼')).toEqual(['北京市', '市辖区', '宣武区']);
  });
  it('splits one run-together text by suffixes', () => {
    expect(splitRegionText('广东省深圳市南山区')).toEqual(['广东省', '深圳市', '南山区']);
    expect(splitRegionText('北京市东城区')).toEqual(['北京市', undefined, '东城区']);
    expect(splitRegionText('内蒙古自治区呼和浩特市新城区')).toEqual(['内蒙古自治区', '呼和浩特市', '新城区']);
    expect(splitRegionText('浙江省')).toEqual(['浙江省']);
  });
  it('returns nothing for nothing', () => {
    expect(splitRegionText('  ')).toEqual([]);
  });
});
