# 입력의 특수 토큰 행을 제자리에서 0으로 덮어쓴다 (호출한 쪽의 pos_embed가 망가진다)
def interpolate_pos_embed(
    pos_embed: torch.Tensor,
    new_grid: tuple[int, int],
    num_prefix_tokens: int = 1,
    mode: str = "bicubic",
    align_corners: bool = False,
) -> torch.Tensor:
    P = num_prefix_tokens
    N, D = pos_embed.shape[1] - P, pos_embed.shape[2]
    g = math.isqrt(N)
    if g * g != N:
        raise ValueError(f"N={N}")
    prefix = pos_embed[:, :P].clone()
    grid = pos_embed[:, P:].reshape(1, g, g, D).permute(0, 3, 1, 2)
    grid = F.interpolate(grid, size=tuple(new_grid), mode=mode, align_corners=align_corners)
    pos_embed[:, :P] = 0.0
    return torch.cat([prefix, grid.permute(0, 2, 3, 1).reshape(1, -1, D)], dim=1)
