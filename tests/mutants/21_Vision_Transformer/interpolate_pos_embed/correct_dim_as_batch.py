# 임베딩의 성분 D를 배치 축으로 보고 (D, 1, g, g) 이미지 D장을 한 번에 보간한다
def interpolate_pos_embed(
    pos_embed: torch.Tensor,
    new_grid: tuple[int, int],
    num_prefix_tokens: int = 1,
    mode: str = "bicubic",
    align_corners: bool = False,
) -> torch.Tensor:
    P = num_prefix_tokens
    N, D = pos_embed.shape[1] - P, pos_embed.shape[2]
    g = int(round(N**0.5))
    if g * g != N:
        raise ValueError(f"N={N} is not a perfect square")
    grid = pos_embed[0, P:].T.reshape(D, 1, g, g)  # (D, 1, g, g)
    grid = F.interpolate(grid, size=new_grid, mode=mode, align_corners=align_corners)  # (D, 1, h, w)
    grid = grid.reshape(D, -1).T.unsqueeze(0)  # (1, h·w, D)
    return torch.cat([pos_embed[:, :P], grid], dim=1)
