package org.luoshi.importer.parse;

import java.util.regex.Pattern;

/**
 * The furniture a government portal prints around a document it publishes, copied with the text: the
 * metadata block (索引号 / 主题分类 / 发文机构 / 成文日期 / 发文字号 / 有效性 …, numbered, bulleted, bracketed
 * or with a colon) and the page's tool lines (打印 / 关闭 / 分享 / 字号: 大 中 小). Such a line is never a
 * task, a heading or task text, wherever it stands; the header still reads the lines for itself.
 */
final class PageFurniture {
    /** The metadata fields of the portals' 信息公开 pages (北京, 福建, 宣城, 镇巴, 兖州, 济宁, 新乡 print these). */
    private static final String FIELD = "(?:索引号|主题分类|体裁分类|组配分类|服务对象分类|信息分类|主题词|"
            + "发文机构|发文机关|发布机构|发文单位|联合发文单位|所属机构|成文日期|发文日期|发布日期|生成日期|印发日期|发布时间|更新时间|责任编辑|"
            + "实施日期|施行日期|生效日期|废止日期|失效日期|发文字号|文号|有效性|效力状态|时效性|文件来源|信息来源|来源|"
            + "浏览次数|浏览量|点击数|点击次数|访问量|阅读数|内容概述|字体|字号|视力保护色)";

    /** A line opening with a number or a bullet (1. [主题分类], • 索引号:), the field, then a short value or none. */
    private static final Pattern FIELD_LINE = Pattern.compile(
            "^(?:[0-9０-９]{1,2}\\s*[．.、]\\s*|[•·●◆■\\-*]\\s*)?(?:[\\[【［]" + FIELD + "[\\]】］]|" + FIELD + "\\s*[:：])"
                    + "[^。；;]{0,40}$");

    /** A line of nothing but the page's tools: 打印, 关闭, 【打印本页】【关闭窗口】, 分享到：, 字号：大 中 小, • 设为首页|. */
    private static final Pattern TOOL_LINE = Pattern.compile(
            "^(?:[•·●◆■]?\\s*[\\[【［(（]?\\s*(?:打印(?:本页|此页|文章|页面)?|关闭(?:本页|窗口|页面)?|分享(?:到)?|收藏|返回顶部|返回|"
                    + "扫一扫|字[号体]|大|中|小|默认|下载|纠错|在手机上打开|保存|相关链接|相关文件|相关阅读|登录|注册|网站地图|设为首页|加入收藏|长辈版|无障碍浏览|无障碍)\\s*[\\]】］)）]?\\s*[:：|｜/]?\\s*)+$");

    private PageFurniture() {
    }

    /** Whether the stripped line {@code s} is portal furniture (spaces inside it aside). */
    static boolean is(String s) {
        if (s.length() > 80 || s.indexOf('。') >= 0) {
            return false;
        }
        String t = s.replaceAll("[\\s\\u3000]+", ""); // 索 引 号: the portal spaces its labels out
        return FIELD_LINE.matcher(t).matches() || TOOL_LINE.matcher(t).matches();
    }
}
