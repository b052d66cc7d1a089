# 위치 임베딩을 패치 토큰에만 더하고 클래스 토큰 자리에는 더하지 않는다
class ClassTokenEmbedding(nn.Module):
    def __init__(self, num_patches: int, dim: int, distilled: bool = False):
        super().__init__()
        self.num_prefix_tokens = 2 if distilled else 1
        self.cls_token = nn.Parameter(0.02 * torch.randn(1, 1, dim))
        if distilled:
            self.dist_token = nn.Parameter(0.02 * torch.randn(1, 1, dim))
        self.pos_embed = nn.Parameter(0.02 * torch.randn(1, self.num_prefix_tokens + num_patches, dim))

    def forward(self, tokens: torch.Tensor) -> torch.Tensor:
        B, P = tokens.shape[0], self.num_prefix_tokens
        parts = [self.cls_token.expand(B, -1, -1)]
        if P == 2:
            parts.append(self.dist_token.expand(B, -1, -1))
        return torch.cat(parts + [tokens + self.pos_embed[:, P:]], dim=1)
