import { describe, expect, it } from 'vitest';
import { divisionOfAddress, provinceOfAddress, shortDivisionName } from './province-of-address';

describe('provinceOfAddress', () => {
  it.each([
    ['浙江省杭州市西湖区文三路90号', 'zj'],
    ['杭州市西湖区文三路90号', 'zj'],
    ['杭州西湖区文三路90号', 'zj'],
    ['内蒙古呼和浩特市新城区', 'nm'],
    ['内蒙古自治区包头市', 'nm'],
    ['广西南宁市青秀区', 'gx'],
    ['北京市宣武区某某街1号', 'bj'],
    ['上海浦东新区张江路1号', 'sh'],
    ['浦东新区张江路1号', 'sh'],
    ['中国 广东省 深圳市 南山区', 'gd'],
    ['延边朝鲜族自治州延吉市', 'jl'],
    ['延边州延吉市', 'jl'],
    ['昆山市玉山镇', 'js'],
    ['海南省海口市', 'hi'],
    ['海南藏族自治州共和县', 'qh'],
    ['朝阳市双塔区', 'ln'],
    ['吉林市船营区', 'jl'],
    ['四川成都市高新区', 'sc'],
    ['No. 1 Wensan Road, Hangzhou, Zhejiang', 'zj'],
    ['Taiyuan, Shanxi Province', 'sx'],
    ["Xi'an, Shaanxi", 'sn'],
    ['Hohhot, Inner Mongolia', 'nm'],
  ])('%s → %s', (address, id) => {
    expect(provinceOfAddress(address)?.id).toBe(id);
  });

  it.each(['朝阳区建国路1号', '西湖区文三路', '某某路1号', '', '通州区', 'abc', 'Beijing Road, Shanghai'])('%s → undefined (unknown or ambiguous)', (address) => {
    expect(provinceOfAddress(address)).toBeUndefined();
  });

  it('strips suffixes and ethnic names', () => {
    expect(shortDivisionName('杭州市')).toBe('杭州');
    expect(shortDivisionName('黔东南苗族侗族自治州')).toBe('黔东南');
    expect(shortDivisionName('兴安盟')).toBe('兴安');
    expect(shortDivisionName('博尔塔拉蒙古自治州')).toBe('博尔塔拉');
  });
});

describe('divisionOfAddress', () => {
  it.each([
    ['浙江省杭州市西湖区文三路90号', 'zj', '杭州市'],
    ['杭州西湖区', 'zj', '杭州市'],
    ['河北省 石家庄市长安区', 'he', '石家庄市'],
    ['延边州延吉市', 'jl', '延边朝鲜族自治州'],
    ['河北省某某县', 'he', undefined],
    ['北京市海淀区', 'bj', undefined],
  ])('%s → %s %s', (address, id, prefecture) => {
    const d = divisionOfAddress(address);
    expect(d?.province.id).toBe(id);
    expect(d?.prefecture).toBe(prefecture);
  });
});
